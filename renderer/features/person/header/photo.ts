export const PHOTO_SIZE = 512;

export class NotAnImageError extends Error {
  override name = 'NotAnImageError';
}

/**
 * Decodes a picked file and returns it as a 512×512 JPEG data URL, cropped to the centre square
 * so a face in a portrait or landscape photo stays in the middle of the circle.
 */
export async function squarePhoto(file: Blob): Promise<string> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new NotAnImageError('This file is not an image');
  }
  try {
    const side = Math.min(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = PHOTO_SIZE;
    canvas.height = PHOTO_SIZE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This computer could not prepare the photo.');
    // JPEG has no transparency: a transparent PNG gets a white background instead of black.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, PHOTO_SIZE, PHOTO_SIZE);
    context.imageSmoothingQuality = 'high';
    context.drawImage(
      bitmap,
      (bitmap.width - side) / 2,
      (bitmap.height - side) / 2,
      side,
      side,
      0,
      0,
      PHOTO_SIZE,
      PHOTO_SIZE,
    );
    return canvas.toDataURL('image/jpeg', 0.85);
  } finally {
    bitmap.close();
  }
}
