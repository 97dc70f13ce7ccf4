package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// metaCard draws the release's metadata as a description list: Published,
// Publisher, Distributor, Dateline and Source URL, each only when known.
func metaCard(r *parser.Release) app.UI {
	var items []app.UI
	add := func(name string, value app.UI, class ...string) {
		items = append(items, app.Div().Class(append([]string{"meta-item"}, class...)...).Body(app.Dt().Text(name), app.Dd().Body(value)))
	}
	if r.Published != "" {
		datetime, human, ok := publishedDate(r.Published)
		if ok {
			add("Published", app.Time().DateTime(datetime).Text(human))
		} else {
			add("Published", app.Text(human))
		}
	}
	for _, f := range []struct{ name, value string }{
		{"Publisher", r.Publisher}, {"Distributor", r.Distributor}, {"Dateline", r.Dateline},
	} {
		if v := strings.TrimSpace(f.value); v != "" {
			add(f.name, app.Text(v))
		}
	}
	if r.URL != "" {
		add("Source URL", sourceLink(r.URL), "meta-wide")
	}
	if len(items) == 0 {
		return app.Dl().Class("meta", "meta-empty").Body(
			app.Div().Class("meta-item").Body(app.Dt().Text("Metadata"), app.Dd().Text("None found")),
		)
	}
	return app.Dl().Class("meta").Body(items...)
}

// sourceLink shows a source URL by its host and path, linked when it is safe.
func sourceLink(raw string) app.UI {
	if !safeURL(raw) {
		return app.Text(raw)
	}
	shown := raw
	if u, err := url.Parse(raw); err == nil && u.Host != "" {
		shown = strings.TrimPrefix(u.Host, "www.") + strings.TrimSuffix(u.EscapedPath(), "/")
	}
	return app.A().Href(raw).Target("_blank").Rel("noopener noreferrer").Title(raw).Text(shown)
}
