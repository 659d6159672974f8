package time

// A Duration counts nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func durationString(d int64) string

func (d Duration) String() string { return durationString(int64(d)) }

func (d Duration) Hours() float64 { return float64(d/Hour) + float64(d%Hour)/3.6e12 }

func (d Duration) Minutes() float64 { return float64(d/Minute) + float64(d%Minute)/6e10 }

func (d Duration) Seconds() float64 { return float64(d/Second) + float64(d%Second)/1e9 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds halfway values away from zero and saturates on overflow, as Go does.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if uint64(r)+uint64(r) < uint64(m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return -1 << 63
	}
	if uint64(r)+uint64(r) < uint64(m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return 1<<63 - 1
}

func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == -1<<63 {
		return 1<<63 - 1
	}
	return -d
}

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// name is month n's name (weekday false) or weekday n's, or Go's %!Month(n).
func name(weekday bool, n int) string

func (m Month) String() string { return name(false, int(m)) }

func (d Weekday) String() string { return name(true, int(d)) }

// A Location is a fixed offset east of UTC: UTC, Local (UTC under the name "Local",
// as in a container whose /etc/localtime is UTC, and on the playground) and the
// zones FixedZone makes. Zones with daylight saving are not here (LoadLocation
// refuses them by name).
type Location struct {
	name   string
	offset int
	// fixed is false in a Location{} a program makes, which has no zone: its
	// times are in UTC, as Go's zoneless Location.
	fixed bool
}

var UTC = &Location{"UTC", 0, true}

var Local = &Location{"Local", 0, true}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// zone is the name and offset of l's one zone (nil is UTC; Local's zone is UTC).
func (l *Location) zone() (string, int) {
	if l == nil || l == Local || !l.fixed {
		return "UTC", 0
	}
	return l.name, l.offset
}

// unnamed keeps one Location per whole hour from -12 to +14, as Go's FixedZone
// returns the same one for an unnamed zone at such an offset.
var unnamed [27]*Location

func FixedZone(name string, offset int) *Location {
	h := offset / 3600
	if name == "" && h >= -12 && h <= 14 && h*3600 == offset {
		if unnamed[h+12] == nil {
			unnamed[h+12] = &Location{"", offset, true}
		}
		return unnamed[h+12]
	}
	return &Location{name, offset, true}
}

// unsupported stops the program with "not supported here: what".
func unsupported(what string)

type locationError struct{}

func (locationError) Error() string { return "time: invalid location name" }

// LoadLocation knows UTC and Local only: the zone database is not here, and a
// zone's offset is never guessed.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' && i+1 < len(name) && name[i+1] == '.' || name[0] == '/' || name[0] == '\\' {
			return nil, locationError{}
		}
	}
	unsupported("time.LoadLocation(" + quote(name) + "): the zone database")
	return nil, nil
}

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// A Time is an instant: sec seconds and nsec nanoseconds after January 1 of year 1,
// 00:00:00 UTC (so the zero Time is that instant, as in Go), plus mono, the run's
// monotonic clock reading as Go prints it after `m=` (nanoseconds since the start, the
// first reading being 1), or 0 when the Time carries none; local, 1 for a Time in
// Local and 0 otherwise; and loc, the zone of a Time in neither Local nor UTC (nil
// for those two, as Go keeps UTC). Go packs the same facts into wall, ext and loc.
// The natives and vm::Machine::time_value build Times with these fields.
//
// clock says whether the Time was read from the wall clock (time.Now, a timer's
// value) or derived from such a reading: 0 not, 1 a reading moved by a known
// Duration (Add, UTC, In, ...), 2 a reading put through the calendar (Truncate,
// Round, AddDate with months or years), whose distance from the reading depends on
// the date. Go's clock is the machine's and the engine's is virtual (it starts at
// the playground's 2009-11-10 23:00:00 UTC), so whatever shows such a Time's date,
// time or Unix count is refused (wall); Durations between two readings are the
// virtual clock's, and a comparison with any other Time is answered only where
// Go's answer cannot differ (related).
type Time struct {
	sec   int64
	nsec  int64
	mono  int64
	local int
	loc   *Location
	clock int
}

// wall refuses what would show t's date or time when t came from the clock.
func (t Time) wall(what string) {
	if t.clock != 0 {
		unsupported("time.Time." + what + " of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual")
	}
}

// related refuses a comparison (or Sub) of t and u whose answer could differ from
// Go's: two readings each moved by a known Duration, or two Times not from the
// clock, compare as in Go. A reading compared with another Time is answered when
// the engine's reading is the later (Go's clock is later still than the engine's
// 2009), never for Sub, whose value would show the date.
func (t Time) related(u Time, what string, sub bool) {
	if t.clock == u.clock && t.clock != 2 {
		return
	}
	if !sub && t.clock != 2 && u.clock != 2 {
		// One of the two is from the clock.
		c, o := t, u
		if u.clock == 1 {
			c, o = u, t
		}
		if c.sec > o.sec || c.sec == o.sec && c.nsec > o.nsec {
			return
		}
	}
	unsupported("time.Time." + what + " of a time read from the wall clock (time.Now) and one that is not: Go's answer depends on the machine's date and time, the engine's clock is virtual")
}

// Seconds from January 1 of year 1 to January 1, 1970 (Go's unixToInternal).
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

func nanotime() int64

func unixNano() int64

func Now() Time {
	u := unixNano()
	return Time{unixToInternal + u/1e9, u % 1e9, nanotime() + 1, 1, nil, 1}
}

func Unix(sec int64, nsec int64) Time {
	sec += nsec / 1e9
	nsec %= 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	return Time{sec + unixToInternal, nsec, 0, 1, nil, 0}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, msec%1e3*1e6) }

func UnixMicro(usec int64) Time { return Unix(usec/1e6, usec%1e6*1e3) }

// date is the instant of a date, each field normalized into the next as Go does.
func date(year, month, day, hour, min, sec, nsec int) (int64, int64)

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	s, ns := date(year, int(month), day, hour, min, sec, nsec)
	_, off := loc.zone()
	return Time{s - int64(off), ns, 0, 0, nil, 0}.setLoc(loc)
}

// setLoc is t in loc, without its monotonic reading, as Go's setLoc.
func (t Time) setLoc(loc *Location) Time {
	t.mono, t.local, t.loc = 0, 0, nil
	if loc == Local {
		t.local = 1
	} else if loc != UTC {
		t.loc = loc
	}
	return t
}

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) UTC() Time { return t.setLoc(UTC) }

func (t Time) Local() Time { return t.setLoc(Local) }

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return t.setLoc(loc)
}

func (t Time) Location() *Location {
	if t.local == 1 {
		return Local
	}
	if t.loc != nil {
		return t.loc
	}
	return UTC
}

func (t Time) Zone() (name string, offset int) { return t.loc.zone() }

func (t Time) Sub(u Time) Duration {
	t.related(u, "Sub", true)
	return t.sub(u)
}

// abs is t's wall clock in its zone, in seconds after January 1 of year 1.
func (t Time) abs() int64 {
	_, off := t.loc.zone()
	return t.sec + int64(off)
}

// Sub uses the monotonic readings when both times have one, the wall clock
// otherwise, and saturates at the largest Durations as Go does.
func (t Time) sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	ds := t.sec - u.sec
	if ds > 9223372035 {
		return Duration(1<<63 - 1)
	}
	if ds < -9223372035 {
		return Duration(-1 << 63)
	}
	return Duration(ds*1e9 + t.nsec - u.nsec)
}

func (t Time) Add(d Duration) Time {
	ds := int64(d / 1e9)
	ns := t.nsec + int64(d%1e9)
	if ns >= 1e9 {
		ds++
		ns -= 1e9
	} else if ns < 0 {
		ds--
		ns += 1e9
	}
	r := Time{t.sec + ds, ns, 0, t.local, t.loc, t.clock}
	if t.mono != 0 {
		r.mono = t.mono + int64(d)
	}
	return r
}

// AddDate of a reading moved by days only stays such a reading (Local is UTC, with
// no daylight saving); months and years put it through the calendar.
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.date()
	h, mi, s := t.clock3()
	r := Date(y+years, m+Month(months), d+days, h, mi, s, int(t.nsec), t.Location())
	r.clock = t.clock
	if t.clock != 0 && (years != 0 || months != 0) {
		r.clock = 2
	}
	return r
}

func (t Time) Compare(u Time) int {
	t.related(u, "Compare", false)
	return t.compare(u)
}

// compare orders by the monotonic readings when both times have one.
func (t Time) compare(u Time) int {
	a, b := t.mono, u.mono
	if a == 0 || b == 0 {
		a, b = t.sec, u.sec
		if a == b {
			a, b = t.nsec, u.nsec
		}
	}
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func (t Time) Before(u Time) bool {
	t.related(u, "Before", false)
	return t.compare(u) < 0
}

func (t Time) After(u Time) bool {
	t.related(u, "After", false)
	return t.compare(u) > 0
}

func (t Time) Equal(u Time) bool {
	t.related(u, "Equal", false)
	return t.compare(u) == 0
}

func Since(t Time) Duration {
	n := Now()
	if t.clock != 1 {
		n.related(t, "Sub (in time.Since)", true)
	}
	return n.sub(t)
}

func Until(t Time) Duration {
	n := Now()
	if t.clock != 1 {
		t.related(n, "Sub (in time.Until)", true)
	}
	return t.sub(n)
}

// seeds reports whether the calling method's result goes straight into a random
// source's seed (rand.Seed, rand.NewSource, rand.NewPCG), which shows nothing of a
// clock reading: Go's Seed does nothing, and a source draws what any seed could give.
func seeds() bool

func (t Time) Unix() int64 {
	if !seeds() {
		t.wall("Unix")
	}
	return t.sec - unixToInternal
}

func (t Time) UnixMilli() int64 {
	if !seeds() {
		t.wall("UnixMilli")
	}
	return (t.sec-unixToInternal)*1e3 + t.nsec/1e6
}

func (t Time) UnixMicro() int64 {
	if !seeds() {
		t.wall("UnixMicro")
	}
	return (t.sec-unixToInternal)*1e6 + t.nsec/1e3
}

func (t Time) UnixNano() int64 {
	if !seeds() {
		t.wall("UnixNano")
	}
	return (t.sec-unixToInternal)*1e9 + t.nsec
}

// civil is the date of sec seconds after January 1 of year 1 (Weekday 0 is Sunday).
func civil(sec int64) (year, month, day, yday, wday int)

func (t Time) date() (year int, month Month, day int) {
	y, m, d, _, _ := civil(t.abs())
	return y, Month(m), d
}

func (t Time) Date() (year int, month Month, day int) {
	t.wall("Date")
	return t.date()
}

func (t Time) Year() int {
	t.wall("Year")
	y, _, _ := t.date()
	return y
}

func (t Time) Month() Month {
	t.wall("Month")
	_, m, _ := t.date()
	return m
}

func (t Time) Day() int {
	t.wall("Day")
	_, _, d := t.date()
	return d
}

func (t Time) YearDay() int {
	t.wall("YearDay")
	_, _, _, yd, _ := civil(t.abs())
	return yd
}

func (t Time) Weekday() Weekday {
	t.wall("Weekday")
	_, _, _, _, wd := civil(t.abs())
	return Weekday(wd)
}

// ISOWeek is the year and week of the Thursday in t's Monday-to-Sunday week.
func (t Time) ISOWeek() (year, week int) {
	t.wall("ISOWeek")
	_, _, _, _, wd := civil(t.abs())
	d := int64(int(Thursday) - wd)
	if d == 4 {
		d = -3
	}
	y, _, _, yd, _ := civil(t.abs() + d*86400)
	return y, (yd-1)/7 + 1
}

func (t Time) clock3() (hour, min, sec int) {
	s := int(t.abs() % 86400)
	if s < 0 {
		s += 86400
	}
	return s / 3600, s / 60 % 60, s % 60
}

func (t Time) Clock() (hour, min, sec int) {
	t.wall("Clock")
	return t.clock3()
}

func (t Time) Hour() int {
	t.wall("Hour")
	return int((t.abs()%86400 + 86400) % 86400 / 3600)
}

func (t Time) Minute() int {
	t.wall("Minute")
	return int((t.abs()%3600 + 3600) % 3600 / 60)
}

func (t Time) Second() int {
	t.wall("Second")
	return int((t.abs()%60 + 60) % 60)
}

func (t Time) Nanosecond() int {
	if !seeds() {
		t.wall("Nanosecond")
	}
	return int(t.nsec)
}

// format writes the wall clock sec (the instant moved by the zone's offset) by layout.
func format(sec, nsec int64, layout string, zone string, offset int) string

func (t Time) Format(layout string) string {
	t.wall("Format")
	name, off := t.loc.zone()
	return format(t.abs(), t.nsec, layout, name, off)
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	t.wall("AppendFormat")
	return append(b, t.Format(layout)...)
}

// String is Go's layout "2006-01-02 15:04:05.999999999 -0700 MST" and, when t has a
// monotonic reading, " m=+S.NNNNNNNNN".
func timeString(sec, nsec, mono int64, zone string, offset int) string

func (t Time) String() string {
	t.wall("String")
	name, off := t.loc.zone()
	return timeString(t.abs(), t.nsec, t.mono, name, off)
}

// A ParseError describes a value Parse could not read by its layout.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// parse reads value by layout (library/timefmt.rs): the wall clock as if in UTC,
// and what zone the value gave: kind 0 none, 1 UTC, 2 the offset (named name, if
// the layout had MST), 3 only the name (offset being Go's guess for it); kind -1 is
// a ParseError with the element fields and message.
func parse(layout, value string) (sec, nsec int64, kind int, name string, offset int, le, ve, msg string)

func Parse(layout, value string) (Time, error) { return parseIn(layout, value, UTC, Local) }

func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseIn(layout, value, loc, loc)
}

// parseIn places the parsed time as Go does: a zone that matches local's (by offset,
// and by name if one was given) is local; any other becomes a FixedZone.
func parseIn(layout, value string, def, local *Location) (Time, error) {
	sec, nsec, kind, name, off, le, ve, msg := parse(layout, value)
	t := Time{sec, nsec, 0, 0, nil, 0}
	lname, loff := local.zone()
	switch kind {
	case -1:
		return Time{}, &ParseError{layout, value, le, ve, msg}
	case 1:
		return t, nil
	case 2:
		t.sec -= int64(off)
		if loff == off && (name == "" || name == lname) {
			return t.setLoc(local), nil
		}
		return t.setLoc(FixedZone(name, off)), nil
	case 3:
		if name == lname {
			t.sec -= int64(loff)
			return t.setLoc(local), nil
		}
		return t.setLoc(FixedZone(name, off)), nil
	}
	if def == nil {
		panic("time: missing Location in call to Date")
	}
	_, doff := def.zone()
	t.sec -= int64(doff)
	return t.setLoc(def), nil
}

// rem is the instant's remainder modulo d, counted from January 1 of year 1.
func rem(sec, nsec int64, d Duration) Duration

func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	if t.clock != 0 {
		t.clock = 2
	}
	return t.Add(-rem(t.sec, t.nsec, d))
}

// Round rounds halfway values up.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	if t.clock != 0 {
		t.clock = 2
	}
	r := rem(t.sec, t.nsec, d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

func Sleep(d Duration)

// The runtime's timers (on the virtual clock). A channel timer sends the time on c
// (and again every period, if period > 0); a func timer starts f in a goroutine of its
// own when it fires. Both return the timer's id.
func startTimer(c chan Time, d Duration, period Duration) int
func startFuncTimer(f func(), d Duration) int

// stopTimer takes the timer off the clock and, as Go 1.23's synchronous timer
// channels do, drops a value it sent that nobody received yet (c may be nil). It
// reports whether the timer was still pending: not fired, or fired with its value
// still unreceived. After it returns no stale value can be received from c.
func stopTimer(c chan Time, id int) bool

// A Timer's channel (since Go 1.23) reports length and capacity 0, and Stop and
// Reset guarantee that no value from before them is received after they return.
type Timer struct {
	C  <-chan Time
	c  chan Time
	f  func()
	id int
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, c: c, id: startTimer(c, d, 0)}
}

// AfterFunc waits for d, then runs f in its own goroutine. The Timer's C is nil.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{f: f, id: startFuncTimer(f, d)}
}

func (t *Timer) Stop() bool {
	if t.c == nil && t.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.c, t.id)
}

func (t *Timer) Reset(d Duration) bool {
	if t.c == nil && t.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	pending := stopTimer(t.c, t.id)
	if t.f != nil {
		t.id = startFuncTimer(t.f, d)
	} else {
		t.id = startTimer(t.c, d, 0)
	}
	return pending
}

func After(d Duration) <-chan Time { return NewTimer(d).C }

type Ticker struct {
	C  <-chan Time
	c  chan Time
	id int
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, c: c, id: startTimer(c, d, d)}
}

func (t *Ticker) Stop() {
	if t.c == nil {
		return
	}
	stopTimer(t.c, t.id)
}

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTimer(t.c, t.id)
	t.id = startTimer(t.c, d, d)
}

func Tick(d Duration) <-chan Time { return NewTicker(d).C }

type parseDurationError struct {
	message string
	value   string
}

func (e *parseDurationError) Error() string { return "time: " + e.message + " " + quote(e.value) }

func quote(s string) string

func parseDuration(s string) (Duration, string)

func ParseDuration(s string) (Duration, error) {
	d, msg := parseDuration(s)
	if msg != "" {
		return 0, &parseDurationError{msg, s}
	}
	return d, nil
}
