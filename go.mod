module pressmark

go 1.26.8

require github.com/maxence-charriere/go-app/v10 v10.1.10

require (
	github.com/google/uuid v1.6.0 // indirect
	github.com/stretchr/testify v1.10.0 // indirect
)
