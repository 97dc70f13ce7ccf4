package ui

// Actions the components post to one another with ctx.NewActionWithValue.
// Root handles them; other components (such as annotation panels) may handle
// them too.
const (
	// ActionEdit carries a Document whose Text and Format replace the current
	// ones (Restored is ignored); the Editor posts it when the text changes.
	ActionEdit = "pressmark/edit"

	// ActionRestore carries the Removed.Text (a string) to put back in the body.
	ActionRestore = "pressmark/restore"

	// ActionUnrestore carries a restored text (a string) to remove again.
	ActionUnrestore = "pressmark/unrestore"

	// ActionFocusEntity carries a parser.Entity whose place in the cleaned
	// view should be scrolled to and flashed.
	ActionFocusEntity = "pressmark/focus-entity"

	// ActionNotify carries a Notice to show in the status region.
	ActionNotify = "pressmark/notify"
)

// Notice is a short message for the status region.
type Notice struct {
	Text  string
	Error bool
	// Warning marks a note about the parsed input; each parse replaces it.
	Warning bool
}
