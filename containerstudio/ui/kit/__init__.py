"""The small parts every feature uses: background work, calm dialogs, file pickers,
actions, fonts, translations and the window services a feature is handed."""
