"""The join code as a QR image sharp enough for a barcode scanner to read off the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

QUIET_ZONE = 4  # modules of white around the code: scanners need it


def qr_image(text: str, *, size_px: int = 360) -> QImage:
    """Black modules on white, each module a whole number of pixels (no blur), about
    size_px wide."""
    import qrcode  # loaded with the hub dialog, not with the window

    qr = qrcode.QRCode(border=QUIET_ZONE, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    modules = len(matrix)
    data = bytes(0 if dark else 255 for row in matrix for dark in row)
    image = QImage(data, modules, modules, modules, QImage.Format.Format_Grayscale8)
    scale = max(3, round(size_px / modules))
    return image.scaled(
        modules * scale,
        modules * scale,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )
