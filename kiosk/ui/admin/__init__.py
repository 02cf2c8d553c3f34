"""Administration: importing registration lists."""
