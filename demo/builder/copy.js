// The Copy button: the snippet to the clipboard (Clipboard API), confirmed in a visible
// role="status" region; where the clipboard is unavailable or refused, the snippet is selected
// instead so the user can copy it with the keyboard.

/** Sets a status message so that it is announced again even when the text repeats. */
async function announce(status, message) {
  status.textContent = '';
  await new Promise((resolve) => setTimeout(resolve, 50));
  status.textContent = message;
}

/** Copies the text of `field` (a textarea); resolves to true when the clipboard took it. */
export async function copySnippet(field, status) {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('No Clipboard API here');
    await navigator.clipboard.writeText(field.value);
    await announce(status, 'Copied the snippet to the clipboard.');
    status.dataset.result = 'copied';
    return true;
  } catch {
    field.focus();
    field.select();
    await announce(
      status,
      'Couldn’t reach the clipboard, so the snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    );
    status.dataset.result = 'selected';
    return false;
  }
}
