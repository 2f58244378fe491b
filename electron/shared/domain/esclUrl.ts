/**
 * Manual eSCL scanner addresses, typed in by IT because mDNS does not cross subnets or VLANs. Shared by the
 * settings contract and the renderer, so the form says exactly what the core would refuse.
 */
export const ESCL_URLS_MAX = 20;
export const ESCL_URL_EXAMPLE = 'http://192.168.1.20/eSCL';
export const ESCL_URL_INVALID_VI = `Địa chỉ máy quét phải có dạng ${ESCL_URL_EXAMPLE} (http hoặc https, không có khoảng trắng hay dấu phẩy).`;
export const ESCL_URLS_TOO_MANY_VI = `Chỉ nhập tay được tối đa ${ESCL_URLS_MAX} máy quét mạng.`;
export const ESCL_URLS_DUPLICATE_VI = 'Địa chỉ máy quét này đã có trong danh sách.';

/** An absolute http(s) URL with a host, no credentials, query or fragment; no spaces or commas (the env list is comma-separated). */
export function isEsclUrl(value: string): boolean {
  if (value.length > 2048 || /[\s,]/.test(value)) return false;
  let url: URL;
  try { url = new URL(value); } catch { return false; }
  const plain = !url.username && !url.password && !url.search && !url.hash;
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && plain;
}

/** The form of an address we store and compare: trimmed, without trailing slashes. */
export function normalizeEsclUrl(value: string): string {
  return value.trim().replace(/\/+$/, '');
}
