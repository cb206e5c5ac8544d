// Files travel to the desk as their bytes, base64 inside the JSON call. Reading them as bytes
// (never `file.text()`) matters: the browser would decode a cp1252 roster as UTF-8 and silently
// turn every accented letter into U+FFFD; the desk decodes strictly and says what is wrong.
export async function readFileBase64(file: File): Promise<string> {
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}
