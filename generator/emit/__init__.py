"""Stage 3: source text from the IR, through Jinja templates."""
