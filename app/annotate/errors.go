package annotate

import (
	"errors"
	"fmt"
)

// ErrInvalid is wrapped by every error about data that cannot be loaded or
// imported. Such data changes nothing.
var ErrInvalid = errors.New("invalid data")

func errorf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
}
