// A QR code drawn as SVG from qrcode-generator's module matrix: no canvas, no image data, no
// network; it prints sharp at any size.
import qrcode from 'qrcode-generator';

/** The QR code's modules, dark = true, for `text` (medium error correction, smallest version). */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
}

/** One path of unit squares, row by row, runs of dark modules merged. */
export function qrPath(matrix: boolean[][], margin: number): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      let end = x;
      while (end < row.length && row[end]) end++;
      parts.push(`M${x + margin} ${y + margin}h${end - x}v1h${x - end}z`);
      x = end;
    }
  });
  return parts.join('');
}

export function QrCode({ text, label, class: className }: { text: string; label: string; class?: string }) {
  const matrix = qrMatrix(text);
  const margin = 4; // the quiet zone the QR standard asks for
  const size = matrix.length + margin * 2;
  return (
    <svg class={className} role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg" data-qr-text={text}>
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(matrix, margin)} fill="#000" />
    </svg>
  );
}
