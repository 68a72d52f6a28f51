import { errorResponse } from "../../errors";

/**
 * Wraps a route handler so every failure leaves through the one error mapper: AppErrors with their
 * status, message and headers; anything else logged under `context` and answered with a plain 500.
 */
export function routeHandler<Context>(context: string, handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, routeContext: Context): Promise<Response> => {
    try {
      return await handler(request, routeContext);
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}
