"""The drawing canvas: scene (document view), view (input), tools and rendering."""
