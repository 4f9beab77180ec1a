"""Pure domain rules: consent items, school years, names, consent and protocol status."""
