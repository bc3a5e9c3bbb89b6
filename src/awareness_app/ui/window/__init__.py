"""The main window, where the teacher prepares: its menus and dialogs."""
