package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// ContactsPanel is the region labelled "Contacts & entities": ways to reach
// the publisher, then the entity suggestions grouped by kind.
type ContactsPanel struct {
	app.Compo

	Contacts parser.Contacts
	Entities []parser.Entity
}

// Render draws the panel.
func (p *ContactsPanel) Render() app.UI {
	return app.Section().ID(contactsID).Class("panel", "contacts").Aria("label", "Contacts & entities").Body(
		app.H2().Class("panel-title").Text("Contacts"),
		contactList(p.Contacts),
		app.H2().Class("panel-title").Body(
			app.Text("Entities"), app.Span().Class("count").Text(strconv.Itoa(len(p.Entities))),
		),
		entityGroups(groupEntities(p.Entities)),
	)
}

// contactList draws e-mails and websites as links, phones as text, social
// profiles by network and named people.
func contactList(c parser.Contacts) app.UI {
	var rows []app.UI
	row := func(label string, body ...app.UI) {
		rows = append(rows, app.Div().Class("contact-row").Body(app.Dt().Text(label), app.Dd().Body(body...)))
	}
	for _, e := range c.Emails {
		row("E-mail", contactLink("mailto:"+strings.TrimPrefix(e, "mailto:"), e))
	}
	for _, ph := range c.Phones {
		row("Phone", app.Span().Class("phone").Text(ph))
	}
	// The same site written twice ("https://www.gov.uk" and
	// "https://gov.uk/") would show as two identical rows: show it once.
	shown := map[string]bool{}
	for _, w := range c.Websites {
		if short := shortURL(w); !shown[short] {
			shown[short] = true
			row("Website", contactLink(w, short))
		}
	}
	for _, s := range c.Social {
		row(networkLabel(s.Network), contactLink(s.URL, shortURL(s.URL)))
	}
	for _, person := range c.People {
		row("Contact", personView(person))
	}
	if len(rows) == 0 {
		return app.P().Class("empty").Text("No contact details found.")
	}
	return app.Dl().Class("contact-list").Body(rows...)
}

// personView draws a named contact with role, e-mail and phone.
func personView(p parser.ContactPerson) app.UI {
	parts := []app.UI{app.Strong().Text(p.Name)}
	if p.Role != "" {
		parts = append(parts, app.Span().Class("role").Text(p.Role))
	}
	if p.Email != "" {
		parts = append(parts, contactLink("mailto:"+p.Email, p.Email))
	}
	if p.Phone != "" {
		parts = append(parts, app.Span().Class("phone").Text(p.Phone))
	}
	return app.Span().Class("person").Body(parts...)
}

// entityGroups draws one collapsible group per entity kind, titled with its
// count, such as "Countries (35)". Each entity is a button that shows its
// first place in the cleaned view (ActionFocusEntity); annotation code can
// handle that action too.
// groupChips is how many distinct texts an entity group shows: a long
// input may have thousands, and the page would hold for seconds drawing them.
const groupChips = 80

func entityGroups(groups []entityGroup) app.UI {
	if len(groups) == 0 {
		return app.P().Class("empty").Text("No entities found.")
	}
	out := make([]app.UI, len(groups))
	for i, g := range groups {
		n := min(len(g.Items), groupChips)
		chips := make([]app.UI, n, n+1)
		for j, it := range g.Items[:n] {
			chips[j] = entityChip(it)
		}
		if left := len(g.Items) - n; left > 0 {
			chips = append(chips, app.Li().Class("chips-more").Text("and "+strconv.Itoa(left)+" more"))
		}
		out[i] = app.Details().Class("entity-group").Open(len(groups) <= 2).Body(
			app.Summary().Text(entityKindLabel(g.Kind)+" ("+strconv.Itoa(g.Total)+")"),
			app.Ul().Class("chips").Body(chips...),
		)
	}
	return app.Div().Class("entities").Body(out...)
}

func entityChip(it entityItem) app.UI {
	e := it.First
	label := it.Text
	if it.Count > 1 {
		label += " ×" + strconv.Itoa(it.Count)
	}
	return app.Li().Body(
		app.Button().Class("chip", "chip-"+e.Kind.String()).
			DataSet("kind", e.Kind.String()).DataSet("start", e.Start).DataSet("end", e.End).
			Text(label).
			OnClick(func(ctx app.Context, ev app.Event) {
				ctx.PreventUpdate()
				ctx.NewActionWithValue(ActionFocusEntity, e)
			}),
	)
}

// shortURL shows a URL without its scheme, "www." and trailing slash.
func shortURL(u string) string {
	s := strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	return strings.TrimSuffix(strings.TrimPrefix(s, "www."), "/")
}

// contactLink is safeLink for an address shown in the narrow contacts
// column: a long address may break after a slash or an "@" (and before a
// dot), not in the middle of a word.
func contactLink(url, text string) app.UI {
	if !safeURL(url) {
		return app.Text(text)
	}
	return app.A().Href(url).Target("_blank").Rel("noopener noreferrer").Title(text).Body(breakable(text)...)
}

// breakable splits s into text with a <wbr> after each "/" and "@" and
// before each "." that follows a letter or digit.
func breakable(s string) []app.UI {
	var out []app.UI
	start := 0
	for i := 0; i < len(s); i++ {
		var cut int
		switch {
		case (s[i] == '/' || s[i] == '@') && i+1 < len(s):
			cut = i + 1
		case s[i] == '.' && i > start:
			cut = i
		default:
			continue
		}
		if cut > start {
			out = append(out, app.Text(s[start:cut]), app.Wbr())
			start = cut
		}
	}
	return append(out, app.Text(s[start:]))
}
