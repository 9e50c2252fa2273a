// Keys in browser.storage.local. Kept apart from the storage modules so that content scripts can
// name a key without importing anything else.
export const SCHOOLS_STORAGE_KEY = 'schools';
