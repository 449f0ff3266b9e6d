"""Looking Beyond Desktop: the offline-first registry of civil-society partners of UNODC."""

__version__ = "0.1.0"
APP_NAME = "LookingBeyond"
APP_AUTHOR = "UNODC"
