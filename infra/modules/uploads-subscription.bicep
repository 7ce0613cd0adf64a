// Delivers every blob created under uploads/ to IngestUpload through the Functions blob extension's webhook
// (a blob trigger with Source = BlobTriggerSource.EventGrid). The webhook URL carries the host's blobs_extension
// system key, which the host creates when the deployed code first starts, so this module is deployed only once
// the postdeploy hook has seen that key (INGEST_ENDPOINT_READY, main.bicep).

param systemTopicName string
param functionAppName string
param name string

@description('The function the blob extension hands events to: the [Function] name of the blob trigger.')
param functionName string

@description('Only blobs whose Event Grid subject starts with this, such as /blobServices/default/containers/uploads/.')
param subjectBeginsWith string

param includedEventTypes string[]

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: name
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    destination: {
      endpointType: 'WebHook'
      properties: {
        // Microsoft.Web/sites/host/default is the Functions host (its listkeys is what az functionapp keys list calls);
        // Bicep's type library has no entry for it, hence the one suppressed rule.
        #disable-next-line use-recognized-resource-type
        endpointUrl: 'https://${site.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${listKeys(resourceId('Microsoft.Web/sites/host', functionAppName, 'default'), '2024-11-01').systemKeys.blobs_extension}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    filter: {
      subjectBeginsWith: subjectBeginsWith
      includedEventTypes: includedEventTypes
    }
    // Event Grid retries for a day; a file whose event is never delivered stays in uploads/ (nothing is lost).
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}
