/**
 * Share actions beyond plain links (components/common/ShareLinks.astro): "Sao chép liên kết" copies the
 * page's canonical address with the Clipboard API and says so in the box's live region; "Chia sẻ…"
 * opens the system share sheet (navigator.share). Each button shows only where the browser has what it
 * needs; without JavaScript both stay hidden and the plain links and the address field remain.
 */
import { readStrings } from './dom.ts';

interface Strings {
  copied: string;
  copyFailed: string;
}

for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) start(box);

function start(box: HTMLElement): void {
  const url = box.dataset.url ?? location.href;
  const S = readStrings<Strings>(box);
  const status = box.querySelector<HTMLElement>('[data-share-status]');
  const field = box.querySelector<HTMLInputElement>('[data-share-url]');
  const announce = (message: string) => {
    if (!status) return;
    // Emptied first, so the same message is announced again on a second click.
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  };
  field?.addEventListener('focus', () => field.select());

  const copy = box.querySelector<HTMLButtonElement>('[data-share-copy]');
  if (copy && typeof navigator.clipboard?.writeText === 'function') {
    reveal(copy);
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        announce(S.copied);
      } catch {
        announce(S.copyFailed);
        field?.focus();
      }
    });
  }

  const share = box.querySelector<HTMLButtonElement>('[data-share-native]');
  if (share && typeof navigator.share === 'function') {
    reveal(share);
    share.addEventListener('click', () => {
      // Closing the share sheet rejects with AbortError: nothing to report.
      navigator.share({ title: box.dataset.title || document.title, url }).catch(() => undefined);
    });
  }
}

/** Shows a button and the list item holding it. */
function reveal(button: HTMLButtonElement): void {
  button.hidden = false;
  const item = button.closest('li');
  if (item) item.hidden = false;
}
