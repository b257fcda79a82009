module github.com/kepatuhan/kepatuhan

go 1.26.0

require (
	codeberg.org/go-pdf/fpdf v0.12.0
	github.com/spf13/cobra v1.10.2
	github.com/xuri/excelize/v2 v2.11.1
	go.yaml.in/yaml/v3 v3.0.6
)
