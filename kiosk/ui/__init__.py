"""The Qt layer: windows, item models and the background runner."""
