import sharp from 'sharp';
import { AppError } from '../../shared/errors/AppError';

/** Width and height as the OCR engines see the image: after its EXIF orientation (both engines honour it). */
export async function orientedSize(image: Uint8Array): Promise<{ width: number; height: number }> {
  try {
    const meta = await sharp(image).metadata();
    return { width: meta.autoOrient.width, height: meta.autoOrient.height };
  } catch (err) {
    throw new AppError('imaging/decode-failed', 'Không đọc được ảnh trang để nhận dạng chữ. Hãy quét lại hoặc nhập lại tệp.', { cause: err });
  }
}
