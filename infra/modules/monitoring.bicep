// Log Analytics workspace and workspace-based Application Insights. Local (instrumentation key) authentication is
// off: the function app sends telemetry with its managed identity (Monitoring Metrics Publisher, see function-app.bicep).

param location string
param tags object
param logAnalyticsName string
param applicationInsightsName string

@description('Days Log Analytics keeps data. 30 is included in the ingestion price; longer costs extra per GB a month.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: true
  }
}

output applicationInsightsName string = applicationInsights.name
output logAnalyticsName string = logAnalytics.name
