"""The error a settings file's problems make (its own module: imported without pydantic)."""


class ConfigError(Exception):
    """One or more problems in the settings file; str() lists them one per line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))
