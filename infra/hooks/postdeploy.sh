#!/bin/sh
# azd runs this after every `azd deploy` (so after `azd up`): it subscribes IngestUpload to the blobs created in
# uploads/. The Event Grid subscription's webhook URL needs the Functions host's blobs_extension system key, which
# exists only once the deployed code has started, so Bicep never declares the subscription: this hook alone creates it,
# and updates it on every deployment. Every value comes from infra/main.bicep's outputs, which azd passes in as
# environment variables. Safe to run again: the subscription is created or updated in place. Needs the Azure CLI,
# signed in (az login).
set -eu

for name in AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME FUNCTION_APP_URL AZURE_STORAGE_ACCOUNT_ID \
  UPLOADS_SUBSCRIPTION_NAME UPLOADS_SUBJECT_BEGINS_WITH UPLOADS_EVENT_TYPES INGEST_FUNCTION_NAME \
  UPLOADS_DEADLETTER_CONTAINER_NAME; do
  eval "value=\${$name:-}"
  if [ -z "$value" ]; then
    echo "postdeploy: $name is not set; run azd provision (or azd up) first." >&2
    exit 1
  fi
done
if ! command -v az >/dev/null 2>&1; then
  echo "postdeploy: the Azure CLI (az) is needed; see docs/deployment.md." >&2
  exit 1
fi

# The host writes its system keys when it first starts after a deployment, which can take a minute or two.
key=""
attempt=1
while [ "$attempt" -le 30 ]; do
  key=$(az functionapp keys list --name "$AZURE_FUNCTION_APP_NAME" --resource-group "$AZURE_RESOURCE_GROUP" \
    --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)
  [ -n "$key" ] && break
  echo "postdeploy: waiting for the function app's blobs_extension key ($attempt/30)"
  attempt=$((attempt + 1))
  sleep 10
done
if [ -z "$key" ]; then
  echo "postdeploy: $AZURE_FUNCTION_APP_NAME has no blobs_extension key after 5 minutes; check that it started (Application Insights, Log stream), then run azd deploy again." >&2
  exit 1
fi

endpoint="$FUNCTION_APP_URL/runtime/webhooks/blobs?functionName=Host.Functions.$INGEST_FUNCTION_NAME&code=$key"
# Events still undelivered after 30 attempts or a day are written to this container with the system topic's own
# managed identity (Storage Blob Data Contributor there, infra/modules/dead-letter-access.bicep).
deadletter="$AZURE_STORAGE_ACCOUNT_ID/blobServices/default/containers/$UPLOADS_DEADLETTER_CONTAINER_NAME"

# Made on the storage account, which lands it on the account's system topic (Event Grid allows one per source).
# `az eventgrid system-topic event-subscription create` would name the topic directly, but in the core Azure CLI it
# has no --deadletter-identity options (only the preview eventgrid extension adds them).
# shellcheck disable=SC2086 # UPLOADS_EVENT_TYPES is a space-separated list, one argument each.
az eventgrid event-subscription create \
  --name "$UPLOADS_SUBSCRIPTION_NAME" \
  --source-resource-id "$AZURE_STORAGE_ACCOUNT_ID" \
  --endpoint-type webhook \
  --endpoint "$endpoint" \
  --included-event-types $UPLOADS_EVENT_TYPES \
  --subject-begins-with "$UPLOADS_SUBJECT_BEGINS_WITH" \
  --event-delivery-schema eventgridschema \
  --max-events-per-batch 1 \
  --preferred-batch-size-in-kilobytes 64 \
  --max-delivery-attempts 30 \
  --event-ttl 1440 \
  --deadletter-identity systemassigned \
  --deadletter-identity-endpoint "$deadletter" \
  --output none
echo "postdeploy: Event Grid delivers blobs created under $UPLOADS_SUBJECT_BEGINS_WITH to $INGEST_FUNCTION_NAME; undelivered events go to $UPLOADS_DEADLETTER_CONTAINER_NAME."
