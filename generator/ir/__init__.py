"""Stage 2: the intermediate model, and the Swagger 2.0 front end that builds it."""
