import { AppError } from '../../shared/errors/AppError';

/**
 * The errors a parent-side WorkerHost raises itself (as opposed to errors the host sends back). Factories, not
 * constants: every rejection gets its own stack and nobody can mutate a shared instance.
 */
export const hostCrashed = () => new AppError('host/crashed', 'Tiến trình điều khiển thiết bị bị dừng đột ngột và đang được khởi động lại. Hãy thử lại.', { retryable: true });
export const callCancelled = () => new AppError('job/cancelled', 'Đã hủy theo yêu cầu.');
export const hostRestarted = () => new AppError('host/crashed', 'Tiến trình điều khiển thiết bị vừa được khởi động lại để áp dụng thiết lập máy quét mới. Hãy thử lại.', { retryable: true });
export const hostStopped = () => new AppError('host/stopped', 'Tiến trình điều khiển thiết bị đã tắt.', { retryable: false });
export const hostStartTimedOut = () => new AppError('host/timeout', 'Tiến trình điều khiển thiết bị không khởi động được.', { retryable: true });
export const callTimedOut = (method: string, ms: number) => new AppError('host/timeout', `Thiết bị không phản hồi sau ${Math.round(ms / 1000)} giây (${method}). Kiểm tra máy quét rồi thử lại.`, { retryable: true });
