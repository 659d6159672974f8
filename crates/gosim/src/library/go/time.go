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

func (d Duration) Seconds() float64 { return float64(d) / 1e9 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// A Time is an instant: sec seconds and nsec nanoseconds after January 1 of year 1,
// 00:00:00 UTC (so the zero Time is that instant, as in Go), plus mono, the run's
// monotonic clock reading as Go prints it after `m=` (nanoseconds since the start, the
// first reading being 1), or 0 when the Time carries none. Go packs the same three
// facts into its wall and ext words; every Time here is in UTC, as on the playground.
type Time struct {
	sec  int64
	nsec int64
	mono int64
}

// Seconds from January 1 of year 1 to January 1, 1970 (Go's unixToInternal).
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

func nanotime() int64

func unixNano() int64

func Now() Time {
	u := unixNano()
	return Time{unixToInternal + u/1000000000, u % 1000000000, nanotime() + 1}
}

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// Sub uses the monotonic readings when both times have one, the wall clock
// otherwise, and saturates at the largest Durations as Go does.
func (t Time) Sub(u Time) Duration {
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
	return Duration(ds*1000000000 + t.nsec - u.nsec)
}

func (t Time) Add(d Duration) Time {
	ds := int64(d / 1000000000)
	ns := t.nsec + int64(d%1000000000)
	if ns >= 1000000000 {
		ds++
		ns -= 1000000000
	} else if ns < 0 {
		ds--
		ns += 1000000000
	}
	r := Time{t.sec + ds, ns, 0}
	if t.mono != 0 {
		r.mono = t.mono + int64(d)
	}
	return r
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) Unix() int64 { return t.sec - unixToInternal }

func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1000 + t.nsec/1000000 }

func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1000000000 + t.nsec }

// digits writes n in decimal with at least width digits.
func digits(n int64, width int) string {
	s := ""
	for n > 0 || width > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
		width--
	}
	return s
}

// String is Go's layout "2006-01-02 15:04:05.999999999 -0700 MST" (the fraction
// without its trailing zeros, and none when it is zero) followed by the monotonic
// reading, if any, as " m=+S.NNNNNNNNN".
func (t Time) String() string {
	days := t.sec / 86400
	secs := t.sec % 86400
	// Days since 0000-03-01 in the proleptic Gregorian calendar, counted in 400-year
	// eras of 146097 days; a year starting in March puts the leap day last.
	z := days + 306
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	year := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	month := mp + 3
	if mp >= 10 {
		month = mp - 9
		year++
	}
	s := digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2) + " " +
		digits(secs/3600, 2) + ":" + digits(secs/60%60, 2) + ":" + digits(secs%60, 2)
	if t.nsec != 0 {
		f := digits(t.nsec, 9)
		for f[len(f)-1] == '0' {
			f = f[:len(f)-1]
		}
		s += "." + f
	}
	s += " +0000 UTC"
	if t.mono != 0 {
		m := t.mono
		sign := "+"
		if m < 0 {
			sign = "-"
			m = -m
		}
		s += " m=" + sign + digits(m/1000000000, 1) + "." + digits(m%1000000000, 9)
	}
	return s
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
