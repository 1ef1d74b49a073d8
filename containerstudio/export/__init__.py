"""PDF layouts built with reportlab: session PDF, group sheets, paper box, worksheets.

Qt-free: the UI and the command line pass in plain data (documents, chosen sections)
and, for stickers, a function that turns an SVG into PNG bytes.
"""
