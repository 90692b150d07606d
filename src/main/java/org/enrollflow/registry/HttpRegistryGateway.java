package org.enrollflow.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

/**
 * The registries behind a government data exchange, over HTTP with JSON. Active with
 * {@code enrollflow.registry.mode=http}; {@code enrollflow.registry.base-url} names the exchange,
 * {@code connect-timeout} and {@code read-timeout} bound each call (2 s and 5 s by default).
 * <p>
 * Each look-up is a {@code GET} below the base URL answering one JSON object (or array) whose
 * fields are those of the record returned, dates as ISO strings:
 * <ul>
 * <li>{@code GET {base}/persons/{idNumber}}: {@link PersonRecord}</li>
 * <li>{@code GET {base}/residence-permits/{holderIdNumber}}: {@link ResidencePermitRecord}</li>
 * <li>{@code GET {base}/properties/{certificateNumber}}: {@link PropertyRecord}</li>
 * <li>{@code GET {base}/properties?ownerIdNumber={id}&ownerIdNumber={id}...}: an array of
 * {@link PropertyRecord}</li>
 * <li>{@code GET {base}/purchase-contracts/{contractNumber}}: {@link PurchaseContractRecord}</li>
 * <li>{@code GET {base}/disabilities/{certificateNumber}}: {@link DisabilityRecord}</li>
 * <li>{@code GET {base}/social-insurance/{idNumber}?region={region}}: {@link SocialInsuranceRecord}</li>
 * <li>{@code GET {base}/catchments?address={address}}: {@code {"schoolCode": "..."}}</li>
 * </ul>
 * Path segments and query values are percent-encoded (UTF-8). A 404 means "not known" (an empty
 * result); any other error status, a timeout or a refused connection throws
 * {@link RegistryUnavailableException}. The paths carry ID numbers: the exchange must be reached
 * over HTTPS and must not log them. Messages of the exceptions thrown here never hold the URL.
 */
@Component
@ConditionalOnProperty(name = RegistrySettings.MODE_PROPERTY, havingValue = "http")
class HttpRegistryGateway implements RegistryGateway {

	private static final ParameterizedTypeReference<List<PropertyRecord>> PROPERTY_LIST = new ParameterizedTypeReference<>() {
	};

	private final RestClient client;

	HttpRegistryGateway(RegistrySettings settings, RestClient.Builder builder) {
		if (settings.baseUrl() == null) {
			throw new IllegalStateException("Set enrollflow.registry.base-url for enrollflow.registry.mode=http");
		}
		HttpClient httpClient = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
		requestFactory.setReadTimeout(settings.readTimeout());
		this.client = builder.baseUrl(settings.baseUrl().toString()).requestFactory(requestFactory).build();
	}

	@Override
	public Optional<PersonRecord> person(String idNumber) {
		return find("persons", "/persons/{key}", idNumber, PersonRecord.class);
	}

	@Override
	public Optional<ResidencePermitRecord> residencePermit(String holderIdNumber) {
		return find("residence-permits", "/residence-permits/{key}", holderIdNumber, ResidencePermitRecord.class);
	}

	@Override
	public Optional<PropertyRecord> property(String certificateNumber) {
		return find("properties", "/properties/{key}", certificateNumber, PropertyRecord.class);
	}

	@Override
	public List<PropertyRecord> propertiesOwnedByAnyOf(Collection<String> idNumbers) {
		List<String> owners = idNumbers.stream().filter(StringUtils::hasText).map(String::strip).distinct().toList();
		if (owners.isEmpty()) {
			return List.of();
		}
		return call("properties", uri -> uri.path("/properties").queryParam("ownerIdNumber", owners.toArray()).build(),
				response -> response.bodyTo(PROPERTY_LIST))
			.orElse(List.of());
	}

	@Override
	public Optional<PurchaseContractRecord> purchaseContract(String number) {
		return find("purchase-contracts", "/purchase-contracts/{key}", number, PurchaseContractRecord.class);
	}

	@Override
	public Optional<DisabilityRecord> disability(String certificateNumber) {
		return find("disabilities", "/disabilities/{key}", certificateNumber, DisabilityRecord.class);
	}

	@Override
	public Optional<SocialInsuranceRecord> socialInsurance(String idNumber, String region) {
		if (!StringUtils.hasText(idNumber) || !StringUtils.hasText(region)) {
			return Optional.empty();
		}
		return call("social-insurance",
				uri -> uri.path("/social-insurance/{id}").queryParam("region", "{region}").build(idNumber.strip(), region),
				response -> response.bodyTo(SocialInsuranceRecord.class));
	}

	@Override
	public Optional<String> schoolCodeForAddress(String address) {
		if (!StringUtils.hasText(address)) {
			return Optional.empty();
		}
		return call("catchments", uri -> uri.path("/catchments").queryParam("address", "{address}").build(address),
				response -> response.bodyTo(CatchmentAnswer.class))
			.map(CatchmentAnswer::schoolCode);
	}

	private <T> Optional<T> find(String registry, String path, String key, Class<T> type) {
		if (!StringUtils.hasText(key)) {
			return Optional.empty();
		}
		return call(registry, uri -> uri.path(path).build(key.strip()), response -> response.bodyTo(type));
	}

	private <T> Optional<T> call(String registry, Function<UriBuilder, URI> uri,
			Function<ConvertibleClientHttpResponse, T> body) {
		try {
			return client.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange((request, response) -> {
				if (response.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
					return Optional.empty();
				}
				if (!response.getStatusCode().is2xxSuccessful()) {
					throw new RegistryUnavailableException(
							"The " + registry + " registry answered HTTP " + response.getStatusCode().value());
				}
				return Optional.ofNullable(body.apply(response));
			});
		}
		catch (ResourceAccessException ex) {
			throw new RegistryUnavailableException("The " + registry + " registry cannot be reached",
					ex.getMostSpecificCause());
		}
		catch (RestClientException ex) {
			throw new RegistryUnavailableException("The " + registry + " registry gave an answer that cannot be read ("
					+ ex.getMostSpecificCause().getClass().getSimpleName() + ")");
		}
	}

	private record CatchmentAnswer(String schoolCode) {
	}

}
