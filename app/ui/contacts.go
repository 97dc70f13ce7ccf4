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
	return app.Section().Class("panel", "contacts").Aria("label", "Contacts & entities").Body(
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
		row("E-mail", safeLink("mailto:"+strings.TrimPrefix(e, "mailto:"), e))
	}
	for _, ph := range c.Phones {
		row("Phone", app.Span().Class("phone").Text(ph))
	}
	for _, w := range c.Websites {
		row("Website", safeLink(w, shortURL(w)))
	}
	for _, s := range c.Social {
		row(orDefault(s.Network, "Social"), safeLink(s.URL, shortURL(s.URL)))
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
		parts = append(parts, safeLink("mailto:"+p.Email, p.Email))
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
func entityGroups(groups []entityGroup) app.UI {
	if len(groups) == 0 {
		return app.P().Class("empty").Text("No entities found.")
	}
	out := make([]app.UI, len(groups))
	for i, g := range groups {
		chips := make([]app.UI, len(g.Items))
		for j, it := range g.Items {
			chips[j] = entityChip(it)
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

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}
