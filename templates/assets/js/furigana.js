// ふりがな: the check box in the header shows the readings on this page (the stylesheet does that,
// also without JavaScript); this keeps the choice for the next pages the reader opens.
const box = document.getElementById('furigana');
if (box) {
  try {
    if (localStorage.getItem('furigana') === 'on') {
      box.checked = true;
    }
    box.addEventListener('change', () => localStorage.setItem('furigana', box.checked ? 'on' : 'off'));
  } catch (e) {
    // Storage switched off: the box still works on this page.
  }
}
