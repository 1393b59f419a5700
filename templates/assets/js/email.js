// E-mail addresses: a page holds each one in parts, with a word in place of the @, so that
// programs collecting addresses for spam do not find it. This turns each back into an ordinary
// link that opens the reader's mail program, with the address as its text.
for (const holder of document.querySelectorAll('.email[data-mail]')) {
  const bytes = Uint8Array.from(atob(holder.dataset.mail), (c) => c.charCodeAt(0));
  const address = [...new TextDecoder().decode(bytes)].reverse().join('');
  const link = document.createElement('a');
  link.href = 'mailto:' + address;
  if (holder.dataset.text === 'own') {
    link.append(...holder.childNodes);
  } else {
    link.textContent = address;
  }
  holder.replaceChildren(link);
  holder.removeAttribute('data-mail');
}
