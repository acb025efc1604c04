"""The package's own errors: callers catch these, never a library's internals."""


class AppraisalError(Exception):
    """Base of every error the package raises on purpose."""


class ReaderError(AppraisalError):
    """A document could not be read; the message names the source and the reason."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class RubricError(AppraisalError):
    """A rubric file is malformed; the message names the file, criterion and field."""

    def __init__(self, file: str, reason: str, criterion: str | None = None, field: str | None = None):
        self.file = file
        self.criterion = criterion
        self.field = field
        self.reason = reason
        where = file
        if criterion:
            where += f", criterion '{criterion}'"
        if field:
            where += f", field '{field}'"
        super().__init__(f"{where}: {reason}")
