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

// A Time is an instant on the run's virtual clock.
type Time struct {
	unixNano int64
	mono     int64
}

func nanotime() int64

func unixNano() int64

func Now() Time { return Time{unixNano(), nanotime()} }

func (t Time) Sub(u Time) Duration { return Duration(t.mono - u.mono) }

func Since(t Time) Duration { return Now().Sub(t) }

func (t Time) UnixNano() int64 { return t.unixNano }

func Sleep(d Duration)

func startTimer(c chan Time, d Duration, period Duration) int

func stopTimer(id int) bool

type Timer struct {
	C  <-chan Time
	c  chan Time
	id int
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, c: c, id: startTimer(c, d, 0)}
}

func (t *Timer) Stop() bool { return stopTimer(t.id) }

func (t *Timer) Reset(d Duration) bool {
	active := stopTimer(t.id)
	t.id = startTimer(t.c, d, 0)
	return active
}

func After(d Duration) <-chan Time { return NewTimer(d).C }

type Ticker struct {
	C  <-chan Time
	id int
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, id: startTimer(c, d, d)}
}

func (t *Ticker) Stop() { stopTimer(t.id) }

func Tick(d Duration) <-chan Time { return NewTicker(d).C }
