// Copies text for pasting into the filing. The desktop window grants the page no permissions
// (main/app/security.ts), so the async clipboard API may be refused there; the fallback copies a
// selection the way Edit › Copy does, which needs no permission in a click's handler.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}
