package ui

import (
	"sort"
	"strings"

	"pressmark/parser"
)

// entityGroup is the entity suggestions of one kind: every distinct text,
// with how often it occurs, in order of first appearance.
type entityGroup struct {
	Kind  parser.EntityKind
	Total int // occurrences of all texts
	Items []entityItem
}

// entityItem is one distinct entity text and its occurrences.
type entityItem struct {
	Text  string
	Count int
	First parser.Entity // the first occurrence, for scrolling to it
}

// groupEntities groups entity suggestions by kind, in the order of the kinds'
// constants, merging repeated texts (compared without case and surrounding
// space) into one item with a count.
func groupEntities(entities []parser.Entity) []entityGroup {
	byKind := map[parser.EntityKind]*entityGroup{}
	index := map[parser.EntityKind]map[string]int{}
	for _, e := range entities {
		text := strings.TrimSpace(e.Text)
		if text == "" {
			continue
		}
		g := byKind[e.Kind]
		if g == nil {
			g = &entityGroup{Kind: e.Kind}
			byKind[e.Kind] = g
			index[e.Kind] = map[string]int{}
		}
		g.Total++
		key := strings.ToLower(text)
		if i, ok := index[e.Kind][key]; ok {
			g.Items[i].Count++
			continue
		}
		index[e.Kind][key] = len(g.Items)
		g.Items = append(g.Items, entityItem{Text: text, Count: 1, First: e})
	}
	groups := make([]entityGroup, 0, len(byKind))
	for _, g := range byKind {
		groups = append(groups, *g)
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i].Kind < groups[j].Kind })
	return groups
}
