package parser

// A bpCue recognises one kind of boilerplate from a segment's text. The
// classify pass tries the cues in table order and takes the first that
// matches; a cue never decides alone where the body is, it only says what a
// stretch looks like.
type bpCue struct {
	re     *cueRegexp
	kind   RemovedKind
	reason string

	// maxWords, when positive, is the most words the segment may have: a
	// heading-like cue must not take a paragraph that merely starts the same
	// way.
	maxWords int

	// section says that the cue opens a section whose following segments
	// are boilerplate of the same kind (see sectionKind).
	section sectionKind

	// afterBody says the cue counts only once the body has begun, so that a
	// heading such as "About the programme" above the first paragraph stays.
	afterBody bool

	// heading says the segment must be set as a heading, or end with a
	// colon, for the cue to count: a bare "Background" may be a menu entry.
	heading bool

	// hint, when set, is a lower-case word the segment must contain for
	// the cue to be tried: a cheap test that spares long paragraphs a
	// regular expression that could not match.
	hint string

	// code, when set, is re written out as code (cue_code.go), which
	// matchCue runs in its place.
	code func(string) bool

	// guard, when set, reports whether re may match a text: false means it
	// cannot, and re is not run (cue_guard.go).
	guard func(string) bool
}

// sectionKind says how far a section opened by a cue reaches.
type sectionKind int

const (
	noSection    sectionKind = iota
	shortSection             // continues over short, list-like segments (contacts, social links)
	tailSection              // continues to the end, unless another cue takes over or the body visibly resumes
)

// Reasons shown to the user in the Removed panel.
const (
	reasonDistribution = "distribution notice: names the wire service that sent the release"
	reasonPickup       = "syndication link: points to the copy of the release on another site"
	reasonMedia        = "media assets: images and embedded media that cannot be shown as text"
	reasonImage        = "image: a picture or logo without text of its own"
	reasonSubscribe    = "subscribe prompt: an invitation to follow or sign up"
	reasonSocial       = "social media: links to the publisher's social-network profiles"
	reasonContact      = "media contact: who to call or write to about the release"
	reasonAbout        = "about the company: standard boilerplate that closes a release"
	reasonEnd          = "end marker: the conventional sign that the release text is over"
	reasonAfterEnd     = "after the end marker: the release text ended above"
	reasonLegal        = "legal disclaimer: forward-looking statements, safe harbour or similar notice"
	reasonCopyright    = "copyright notice: legal small print"
	reasonNotes        = "notes to editors: background for journalists, not part of the release"
	reasonNav          = "navigation: menus, breadcrumbs and links of the web page around the release"
	reasonRelated      = "related items: links to other releases on the same site"
	reasonExhibit      = "filing header: the exhibit label of an SEC filing"
	reasonRelease      = "release instruction: says when the release may be published"
	reasonCall         = "call to action: a pointer to the publisher's website"
)

// cues is the rule table classify applies to each segment.
var cues = []bpCue{
	// End markers: "###", "# # #", "-30-", "ENDS", "- ENDS -".
	{re: ci(`^\s*(?:(?:#\s*){3}|[-–]?\s*30\s*[-–]?|[-–]*\s*(?:ends?|fin|ende)\s*[-–]*|\*\s*\*\s*\*\s*|[-–]\s*0\s*[-–].*)$`), kind: RemovedEndMarker, reason: reasonEnd, section: tailSection, afterBody: true},

	// Distribution notices and syndication.
	{re: ci(`^(?:this )?press release (?:was )?distributed by\b|\bdistributed by .{1,80} on behalf of\b`), kind: RemovedDistribution, reason: reasonDistribution, section: tailSection, hint: "distributed by", code: distributedByLine},
	{re: ci(`^(?:source|\[?source\]?)\s*:?\s+\S`), kind: RemovedDistribution, reason: "source line: names the organisation that issued the release", maxWords: 14},
	{re: ci(`^(?:originally published (?:at|on|by)|news provided by\s*$|(?:cision\s+)?view (?:original|source) (?:content|version)|view (?:the )?original (?:press )?release|this (?:press )?release was (?:originally )?(?:published|issued|distributed)|distributed by\b|issued by\b.{0,60}$)`), kind: RemovedDistribution, reason: reasonDistribution, maxWords: 40},
	{re: ci(`^\s*\[?(?:original/source|original|source) press release\]?`), kind: RemovedDistribution, reason: "source link: the address of the release on the wire service"},
	{re: ci(`^(?:the post .{5,300} appeared first on|to (?:view|read) the full (?:press )?release)\b`), kind: RemovedDistribution, reason: reasonDistribution, maxWords: 60},
	{re: ci(`^\s*(?:pickup\s*[-–:]|\[?newsramp(?:\.com)? tldr|\[?reddit post\]?|read (?:the )?(?:full|original) (?:story|release|article))`), kind: RemovedDistribution, reason: reasonPickup, maxWords: 20},

	// The codes PR Newswire appends to a release: "CO: Acme", "ST: Illinois".
	{re: cs(`^\s*(?:CO|ST|IN|SU|/Web site|/Web Site|Web site|Web Site):\s+\S`), kind: RemovedDistribution, reason: "wire codes: the company, state and industry codes the wire service appends", maxWords: 12, afterBody: true},

	// Media junk.
	{re: ci(`^\s*(?:media assets|embedded media|multimedia(?: files?)?|photos?|images?|videos?|attachments?|downloads?|media gallery|related media)\s*:?\s*$`), kind: RemovedMedia, reason: reasonMedia, section: shortSection, code: mediaHeadingLine},
	{re: ci(`^(?:visit the online press release to interact|to view (?:the )?(?:multimedia|photos?|images?|video)|click here to access (?:the )?pdf|\[?blockchain registration\]?$)`), kind: RemovedMedia, reason: reasonMedia, maxWords: 30, code: mediaPromptLine},
	{re: ci(`^(?:(?:logo|photo|photos|video|image|infographic|multimedia)\s*[-–:]\s*(?:https?://|www\.)\S+\s*$|(?:photo )?caption\s*:)`), kind: RemovedMedia, reason: reasonMedia, maxWords: 40},
	{re: ci(`^(?:photo|image|picture|video)(?: credit)?s?\s*(?::|courtesy|by\b)`), kind: RemovedMedia, reason: "photo credit: a caption or credit for an image", maxWords: 30},

	// Subscribe and follow prompts.
	{re: ci(`^(?:let'?s keep in touch|newsletter sign-?up|sign up (?:for|to) (?:our|the) newsletter|stay (?:up to date|informed))\b`), kind: RemovedSubscribe, reason: reasonSubscribe, maxWords: 40, section: tailSection, afterBody: true},
	{re: ci(`^(?:for more information,? )?(?:subscribe|sign up|sign-up|join our (?:mailing list|newsletter)|get (?:our )?(?:updates|the latest)|follow us|stay connected|let's keep in touch|view our newsletters?|newsletter sign-up|email \(required\))`), kind: RemovedSubscribe, reason: reasonSubscribe, maxWords: 40, section: shortSection},

	{re: ci(`\bis solely responsible for the (?:content|accuracy) of this (?:announcement|release|press release)`), kind: RemovedForwardLooking, reason: reasonLegal, maxWords: 60, hint: "solely responsible"},

	// Social media.
	{re: ci(`^hashtags?\s*:\s*#`), kind: RemovedSocial, reason: "hashtags: tags for sharing the release on social networks", maxWords: 40},
	{re: ci(`^\s*(?:(?:visit us on |follow us on |find us on )?social media|connect with us|follow us on|find us on)\s*:?\s*$`), kind: RemovedSocial, reason: reasonSocial, section: shortSection, code: socialHeadingLine},
	{re: ci(`^\s*(?:twitter|x|facebook|instagram|linkedin|youtube|flickr|tiktok|threads|pinterest|bluesky|mastodon)\s*[-–:]\s*\S+\s*$`), kind: RemovedSocial, reason: reasonSocial, section: shortSection, code: socialProfileLine},

	// Contacts.
	{re: ci(`^\s*/?(?:(?:news |press |media |investor(?: relations)? |company |public )?(?:media |press )?(?:information )?(?:contacts?|enquiries|inquiries)(?: information| details)?)\s*(?::|$)`), kind: RemovedContact, reason: reasonContact, section: shortSection, maxWords: 60},
	{re: cs(`^(?:\s*(?:(?:Media|Press|Company|Investor) )?(?:Contact|CONTACT) ?(?:Details|Information|Info|DETAILS|INFORMATION)|Contact\p{Lu})`), kind: RemovedContact, reason: reasonContact, section: shortSection, maxWords: 40},
	{re: ci(`^\s*(?:contacts? (?:presse|médias?|medias?)|pressekontakte?|medienkontakte?|kontakt für (?:die )?medien|contactos? (?:de|para) (?:prensa|medios)|contatti stampa|contatos? (?:de|para) (?:imprensa|mídia)|perscontact)\s*:?`), kind: RemovedContact, reason: reasonContact, section: shortSection, maxWords: 40},
	// "Investors:", "Media:", "Press:" label the contact block of the investor
	// or press office, even straight after a legal disclaimer.
	{re: ci(`^\s*(?:investors?|media|press|analysts?|journalists|investor relations|media relations|public relations|press office|media contacts?|press contacts?)\s*(?:contacts?\s*)?:`), kind: RemovedContact, reason: reasonContact, section: shortSection, maxWords: 20},
	{re: ci(`^for (?:more|further|additional) information\s*:`), kind: RemovedContact, reason: reasonContact, section: shortSection, maxWords: 20},
	{re: ci(`^for (?:media|press|investor|news media)(?: relations)? (?:inquiries|enquiries|relations|questions)\b`), kind: RemovedContact, reason: reasonContact, maxWords: 40},
	{re: ci(`^for (?:more|further|additional) information,? (?:please )?(?:contact|call|e-?mail|reach)\b`), kind: RemovedContact, reason: reasonContact, section: shortSection, maxWords: 60},
	{re: ci(`^(?:learn more|to learn more|for more information|more information|visit us|find out more)\b[^.!?]{0,60}(?:https?://|www\.)\S+\s*$`), kind: RemovedContact, reason: reasonCall, maxWords: 14, afterBody: true},

	{re: ci(`^\s*(?:(?:media|press|investor|public|news) (?:relations|office|desk|enquiries|inquiries)|for further information|further information)\s*:?\s*$`), kind: RemovedContact, reason: reasonContact, section: shortSection, afterBody: true},

	// Forward-looking statements and other legal notices.
	// An e-mail's confidentiality footer, left on a release that came by mail.
	{re: ci(`^\s*(?:confidentiality (?:notice|note|statement)|(?:this|the) (?:e-?mail|message|communication|transmission)(?: and (?:any|all) (?:attachments?|files)[^.]{0,40})? (?:is|are|may be|may contain|contains?)\b[^.]{0,80}\b(?:confidential|privileged)|the information (?:contained )?in this (?:e-?mail|message|communication)[^.]{0,80}\b(?:confidential|privileged)|if you (?:have )?received this (?:e-?mail|message|communication) in error)`), kind: RemovedForwardLooking, reason: reasonLegal},
	{re: ci(`^\s*legal disclaimer\s*:`), kind: RemovedForwardLooking, reason: reasonLegal, section: tailSection},
	{re: ci(`^\s*(?:forward[- ]looking (?:statements?|information)|safe harbou?r(?: statement)?|cautionary (?:note|statement|language)s?|disclaimers?|legal notice|important (?:information|notice)|note regarding forward)\b[^.]{0,60}$`), kind: RemovedForwardLooking, reason: reasonLegal, section: tailSection, maxWords: 14},
	{re: ci(`^(?:this (?:press |news )?(?:release|announcement|document|communication)|certain (?:statements|information)|statements in this|except for (?:the )?historical|the (?:statements|information) (?:in|contained in) this|any statements)\b[^.]{0,200}forward[- ]looking`), kind: RemovedForwardLooking, reason: reasonLegal, section: tailSection, hint: "forward"},
	{re: ci(`^(?:performance data (?:quoted )?represents past performance|past performance (?:is|does) not|investors should (?:consider|carefully)|this (?:press release|communication|announcement) (?:does not|is not|shall not) constitute an offer)`), kind: RemovedForwardLooking, reason: reasonLegal, section: tailSection},
	{re: ci(`\b(?:is|are|may be) (?:either )?(?:a )?(?:registered )?trademarks? (?:of|or)\b|\A(?:all )?other (?:company|product|brand)[^.]{0,60}trademarks`), kind: RemovedForwardLooking, reason: "trademark notice: legal small print", maxWords: 80, afterBody: true, hint: "trademark"},
	{re: ci(`^\s*(?:-\s*-c-|©|\(c\)|copyright\b)`), kind: RemovedForwardLooking, reason: reasonCopyright, maxWords: 80},
	// Regulatory notices of listed companies and the UN's "not an official
	// record" line.
	{re: ci(`^(?:this (?:information|announcement|notice) (?:is|was) (?:subject to|published|disclosed|made public)|this announcement contains inside information|the information (?:in|contained in) this (?:announcement|release) (?:is|was) (?:inside information|disclosed)|for information (?:media|purposes)\b.{0,20}not an official record)`), kind: RemovedForwardLooking, reason: reasonLegal, maxWords: 80},
	{re: ci(`\ball rights reserved\b`), kind: RemovedForwardLooking, reason: reasonCopyright, maxWords: 80, hint: "all rights reserved"},

	// Notes to editors.
	{re: ci(`^[*_\s]*(?:join us (?:for|at) (?:the|a|our) (?:press conference|media availability|news conference|announcement)|media advisory|photo opportunit(?:y|ies)|press conference details)\b`), kind: RemovedNotesToEditors, reason: "media advisory: an invitation to journalists, not part of the release", section: tailSection, afterBody: true, maxWords: 40},
	{re: ci(`^\s*(?:notes? (?:to|for) (?:editors?|media)|editor'?s'? notes?|for editors)\s*[:.]?`), kind: RemovedNotesToEditors, reason: reasonNotes, section: tailSection, maxWords: 6, afterBody: true},
	{re: ci(`^\s*(?:background(?: information| notes?)?)\s*:?\s*$`), kind: RemovedNotesToEditors, reason: reasonNotes, section: tailSection, afterBody: true, heading: true},
	{re: ci(`^\s*(?:notes? (?:to|for) (?:editors?|media)|editor'?s'? notes?)\s*:`), kind: RemovedNotesToEditors, reason: reasonNotes, section: tailSection, afterBody: true},

	// SEC filing headers and release instructions.
	{re: ci(`^\s*(?:exhibit\s+\d+(?:\.\d+)?|<page>|ex-\d+(?:\.\d+)?)(?:\s+(?:for immediate release|news release|press release|news))?\s*$`), kind: RemovedOther, reason: reasonExhibit},
	{re: releaseLabelRE, kind: RemovedMetadata, reason: reasonRelease, guard: releaseLabelMay},

	// Page navigation.
	{re: ci(`^\s*(?:skip to (?:main )?content|skip navigation|scroll to top|back to top|home|menu|search(?: for)?|share(?: this(?: page| article)?)?|print(?: this page)?|e-?mail this|tweet|breadcrumbs?|you are here:?.*|main menu|toggle navigation|close|open menu|read more|previous|next|\d+ min read)\s*$`), kind: RemovedNavigation, reason: reasonNav},
	{re: ci(`^\s*(?:related (?:posts|news|articles|stories|releases|content|links|images|videos)|latest (?:news|releases|posts)|recent (?:posts|news|releases)|more (?:news|releases|from .{1,40})|you may also like|other news)\s*:?\s*$`), kind: RemovedNavigation, reason: reasonRelated, section: tailSection, afterBody: true},
}

// releaseLabelRE matches a line that only labels the release or says when
// it may be published: "FOR IMMEDIATE RELEASE", "Embargoed until 10:00",
// "PRESS RELEASE | Communiqué de presse". The label may be in another
// language: "COMMUNIQUÉ DE PRESSE", "Pressemitteilung", "Comunicado de
// prensa", "Persbericht".
var releaseLabelRE = ci(`^\s*(?:(?:for immediate release|immediate release|for release|embargoed(?: until.*)?|(?:joint )?(?:news|press|media) (?:release|statement|announcement)|news|press|communiqu[ée](?: de presse)?|pressemitteilung|presseinformation|presse-information|medienmitteilung|comunicado(?: de prensa| de imprensa)?|nota (?:de prensa|stampa)|comunicato stampa|persbericht|pressmeddelande|tiedote)\s*[:.|\-–—]?\s*)+$`)

// aboutHeading matches an "About X" heading: "About Baird", "About Aclarion, Inc.".
// The heading may be French, German, Spanish, Portuguese, Italian or Dutch,
// with the article those languages put before the name: "À propos du
// Groupe Vercors", "Über die Hanseatische Wasserwerke GmbH".
var aboutHeading = lazyRE(`^\s*(?:\*\*)?(?:About|ABOUT|(?:À|A) propos(?: de la| de l'| du| des| de| d')?|Über(?: die| den| das| der)?|ÜBER|Acerca(?: del| de la| de los| de las| de)|Sobre(?: el| la| los| a| o| os)?|Informazioni su(?:l| lla| gli| i)?|Chi è|Chi siamo|Over(?: het| de)?)\s*(?:the\s+|THE\s+)?(\p{Lu}[\p{L}\p{N}&.,'’\- ]{0,80}?)(?:\*\*)?\s*:?\s*$`)

// aboutParagraph matches a paragraph that opens with "About X" followed by
// the company description: "About Baird Funds Baird Funds is a …".
var aboutParagraph = lazyRE(`^\s*(?:About|ABOUT)\s+(?:the\s+|THE\s+)?(\p{Lu}[\p{L}\p{N}&.,'’\- ]{0,80}?)\s*[:\-–—]?\s+(?:(?:The\s+)?\p{Lu}[\p{L}\p{N}&.,'’\-]*\s+){0,6}(?:is|are|was|has|have|provides|offers|develops|operates|serves|helps|,)\b`)

// descriptive matches what a company description says of itself.
var descriptive = lazyRE(`(?i)\b(?:is an?|is the|are an?|was founded|founded in|headquartered|is one of|is a leading|provides|offers|helps|serves|specializ|specialis|works to|mission is|dedicated to|based in|for more information,? visit|learn more at)\b`)

// socialHosts are the domains of social networks.
var socialHosts = lazyRE(`(?i)^(?:https?://)?(?:www\.|m\.|[a-z]{2}\.)?(?:twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|linkedin\.com|youtube\.com|youtu\.be|flickr\.com|tiktok\.com|threads\.net|pinterest\.com|bsky\.app|t\.me|vimeo\.com)\b`)

// contactish matches the pieces of a contact block: telephone numbers,
// e-mail addresses and the labels that go with them.
var contactish = lazyRE(`(?i)[\w.+-]+@[\w-]+\.[\w.-]+|(?:\+?\d[\d\s().\-/]{7,}\d)|^\s*\d{1,6}\s+(?:[NSEW]\.?\s+)?\p{L}[^.;]{0,40}?\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|drive|dr|lane|ln|way|place|pl|square|sq|suite|floor|court|ct|highway|hwy|parkway|pkwy)\b|^\s*(?:tel|phone|mobile|cell|office|fax|e-?mail|web(?:site)?|newsroom|primary email)\s*[.:]`)
