"""What leaves one library and arrives in another: portable container files, the
sealed handover to a therapist, and the log of what left the app (Qt-free)."""
