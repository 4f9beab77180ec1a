"""Small reusable widgets for the dialogs."""
