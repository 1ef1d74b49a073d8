"""The prompt pack editor (issue 17): a therapist's own copy of an exercise."""
