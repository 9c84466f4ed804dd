{{/* The services of the graph: name → settings, the gateway included. */}}
{{- define "frontera.services" -}}
{{- $services := dict "gateway" .Values.gateway -}}
{{- range $name, $settings := .Values.subgraphs }}{{ $_ := set $services $name $settings }}{{ end -}}
{{- toYaml $services -}}
{{- end -}}

{{- define "frontera.name" -}}
{{- printf "%s-%s" .root.Release.Name .service | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "frontera.labels" -}}
app.kubernetes.io/name: {{ .service }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/part-of: frontera
{{- end -}}

{{- define "frontera.image" -}}
{{- printf "%sfrontera-%s:%s" .root.Values.image.registry .service .root.Values.image.tag -}}
{{- end -}}

{{/* Where a subgraph answers inside the cluster. */}}
{{- define "frontera.url" -}}
{{- printf "http://%s-%s:%v/graphql" .root.Release.Name .service (index .root.Values.subgraphs .service).port -}}
{{- end -}}
