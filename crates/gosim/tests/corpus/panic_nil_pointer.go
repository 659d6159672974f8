package main

import "fmt"

type Config struct {
	Name    string
	Retries int
}

type Service struct {
	cfg *Config
}

func (s *Service) Describe() string {
	return fmt.Sprintf("%s retries=%d", s.cfg.Name, s.cfg.Retries)
}

func main() {
	ok := &Service{cfg: &Config{"api", 3}}
	fmt.Println(ok.Describe())

	var nilSvc *Service
	fmt.Println("nil service is", nilSvc)
	broken := &Service{}
	fmt.Println("about to describe a service without config")
	fmt.Println(broken.Describe())
	fmt.Println("never printed")
}
