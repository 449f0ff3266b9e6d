"""The Qt user interface: one module per screen (see ``main_window``)."""
