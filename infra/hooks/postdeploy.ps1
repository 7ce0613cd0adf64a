# azd runs this after every `azd deploy` on Windows (postdeploy.sh elsewhere; keep the two alike): it subscribes
# IngestUpload to the blobs created in uploads/. The Event Grid subscription's webhook URL needs the Functions host's
# blobs_extension system key, which exists only once the deployed code has started, so Bicep never declares the
# subscription: this hook alone creates it, and updates it on every deployment. Every value comes from
# infra/main.bicep's outputs, which azd passes in as environment variables. Safe to run again: the subscription is
# created or updated in place. Needs the Azure CLI, signed in (az login).
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $true

foreach ($name in 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'FUNCTION_APP_URL', 'AZURE_STORAGE_ACCOUNT_ID',
    'UPLOADS_SUBSCRIPTION_NAME', 'UPLOADS_SUBJECT_BEGINS_WITH', 'UPLOADS_EVENT_TYPES', 'INGEST_FUNCTION_NAME',
    'UPLOADS_DEADLETTER_CONTAINER_NAME') {
    if (-not [Environment]::GetEnvironmentVariable($name)) {
        Write-Error "postdeploy: $name is not set; run azd provision (or azd up) first."
    }
}
if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Write-Error 'postdeploy: the Azure CLI (az) is needed; see docs/deployment.md.'
}

# The host writes its system keys when it first starts after a deployment, which can take a minute or two.
$key = ''
for ($attempt = 1; $attempt -le 30; $attempt++) {
    $key = & { $PSNativeCommandUseErrorActionPreference = $false
        az functionapp keys list --name $env:AZURE_FUNCTION_APP_NAME --resource-group $env:AZURE_RESOURCE_GROUP `
            --query 'systemKeys.blobs_extension' --output tsv 2>$null }
    if ($key) { break }
    Write-Host "postdeploy: waiting for the function app's blobs_extension key ($attempt/30)"
    Start-Sleep -Seconds 10
}
if (-not $key) {
    Write-Error "postdeploy: $($env:AZURE_FUNCTION_APP_NAME) has no blobs_extension key after 5 minutes; check that it started (Application Insights, Log stream), then run azd deploy again."
}

$endpoint = "$($env:FUNCTION_APP_URL)/runtime/webhooks/blobs?functionName=Host.Functions.$($env:INGEST_FUNCTION_NAME)&code=$key"
# Events still undelivered after 30 attempts or a day are written to this container with the system topic's own
# managed identity (Storage Blob Data Contributor there, infra/modules/dead-letter-access.bicep).
$deadletter = "$($env:AZURE_STORAGE_ACCOUNT_ID)/blobServices/default/containers/$($env:UPLOADS_DEADLETTER_CONTAINER_NAME)"

# Made on the storage account, which lands it on the account's system topic (Event Grid allows one per source).
# `az eventgrid system-topic event-subscription create` would name the topic directly, but in the core Azure CLI it
# has no --deadletter-identity options (only the preview eventgrid extension adds them).
# The endpoint is quoted again for az on Windows, whose argument parsing otherwise splits the URL at '&'.
$eventTypes = $env:UPLOADS_EVENT_TYPES -split ' '
az eventgrid event-subscription create `
    --name $env:UPLOADS_SUBSCRIPTION_NAME `
    --source-resource-id $env:AZURE_STORAGE_ACCOUNT_ID `
    --endpoint-type webhook `
    --endpoint "`"$endpoint`"" `
    --included-event-types @eventTypes `
    --subject-begins-with $env:UPLOADS_SUBJECT_BEGINS_WITH `
    --event-delivery-schema eventgridschema `
    --max-events-per-batch 1 `
    --preferred-batch-size-in-kilobytes 64 `
    --max-delivery-attempts 30 `
    --event-ttl 1440 `
    --deadletter-identity systemassigned `
    --deadletter-identity-endpoint $deadletter `
    --output none
Write-Host "postdeploy: Event Grid delivers blobs created under $($env:UPLOADS_SUBJECT_BEGINS_WITH) to $($env:INGEST_FUNCTION_NAME); undelivered events go to $($env:UPLOADS_DEADLETTER_CONTAINER_NAME)."
