// The demo "site": a composer that posts into a local feed. It knows nothing of Schoolgate; the
// extension's content script watches it the way it watches a real site.
const draft = document.getElementById('draft');
const feed = document.getElementById('feed');
document.getElementById('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = draft.innerText.trim();
  if (!text) return;
  const item = document.createElement('li');
  item.textContent = text;
  feed.prepend(item);
  draft.textContent = '';
});
for (const sample of document.querySelectorAll('.sample')) {
  sample.addEventListener('click', () => {
    draft.textContent = sample.textContent;
    draft.focus();
  });
}
