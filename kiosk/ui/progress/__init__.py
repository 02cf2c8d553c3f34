"""The event's progress by kecamatan and desa, and the BAST."""
