// Package unicode: the rune classes and case mappings programs ask about, from
// tables Go produced (library/runeclass.rs, library/casemap.rs). The range tables
// themselves (unicode.Letter, unicode.In) are not here.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// class reports whether r is in class kind, numbered as runeclass::class numbers them.
func class(kind int, r rune) bool

func IsLetter(r rune) bool { return class(0, r) }

func IsDigit(r rune) bool { return class(1, r) }

func IsSpace(r rune) bool { return class(2, r) }

func IsUpper(r rune) bool { return class(3, r) }

func IsLower(r rune) bool { return class(4, r) }

func IsPunct(r rune) bool { return class(5, r) }

func IsPrint(r rune) bool { return class(6, r) }

func IsControl(r rune) bool { return class(7, r) }

func IsGraphic(r rune) bool { return class(8, r) }

func toCase(r rune, upper bool) rune

func ToUpper(r rune) rune { return toCase(r, true) }

func ToLower(r rune) rune { return toCase(r, false) }

func SimpleFold(r rune) rune
